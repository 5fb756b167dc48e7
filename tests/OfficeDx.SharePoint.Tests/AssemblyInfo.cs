// Each test starts its own stand-in on its own port and uses its own SQLite file.
[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]
