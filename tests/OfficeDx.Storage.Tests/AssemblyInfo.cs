// Each test uses its own SQLite file or PostgreSQL database, so tests can run side by side.
[assembly: Parallelize(Scope = ExecutionScope.MethodLevel)]
