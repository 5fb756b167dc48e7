// Every test runs officedx in its own temporary folder, so tests can run side by side.
[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]
