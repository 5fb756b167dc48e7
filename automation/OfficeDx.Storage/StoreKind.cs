namespace OfficeDx.Storage;

/// <summary>Which relational database holds the harvested data.</summary>
public enum StoreKind
{
    /// <summary>A SQLite file: the default, needs nothing installed.</summary>
    Sqlite,
    /// <summary>A PostgreSQL server reached by a connection string.</summary>
    PostgreSql,
}
