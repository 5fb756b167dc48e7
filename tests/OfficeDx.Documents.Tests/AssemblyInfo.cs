// Tests write into their own temporary folders and LibreOffice runs on a profile of its own (ExternalTools), so tests can run
// side by side: while one waits for soffice, another uses the other core.
[assembly: Parallelize(Scope = ExecutionScope.MethodLevel, Workers = 0)]
