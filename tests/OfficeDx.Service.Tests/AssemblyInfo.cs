// Each test class starts its own host on a free loopback port, so classes can run side by side.
[assembly: Parallelize(Scope = ExecutionScope.ClassLevel, Workers = 2)]
