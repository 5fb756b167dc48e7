using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace OfficeDx.Storage;

/// <summary>Where the store is: <c>sqlite:FILE</c> (or a bare file path) or <c>postgres:CONNECTION-STRING</c>.</summary>
public sealed record StoreLocation(StoreKind Kind, string ConnectionString)
{
    public const string SqlitePrefix = "sqlite:";
    public const string PostgresPrefix = "postgres:";

    /// <summary>Reads a --store value; a value without a prefix is a SQLite file path.</summary>
    public static StoreLocation Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text)) throw new StoreException("保存先（--store）が空です。sqlite:ファイル または postgres:接続文字列 を指定してください。");
        if (text.StartsWith(PostgresPrefix, StringComparison.OrdinalIgnoreCase))
        {
            var connection = text[PostgresPrefix.Length..];
            try
            {
                _ = new NpgsqlConnectionStringBuilder(connection);
            }
            catch (ArgumentException)
            {
                // The connection string may hold a password: never echo it back.
                throw new StoreException("PostgreSQL の接続文字列を読めません。Host=…;Database=…;Username=… の形で指定してください。");
            }
            return new StoreLocation(StoreKind.PostgreSql, connection);
        }
        var file = text.StartsWith(SqlitePrefix, StringComparison.OrdinalIgnoreCase) ? text[SqlitePrefix.Length..] : text;
        if (file.Length == 0) throw new StoreException("SQLite のファイル名がありません（sqlite:out/officedx.db のように指定します）。");
        return Sqlite(file);
    }

    public static StoreLocation Sqlite(string file) =>
        new(StoreKind.Sqlite, new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(file), Pooling = false }.ToString());

    /// <summary>Where the store is, for messages: the file, or the server and database without the password.</summary>
    public string Display
    {
        get
        {
            if (Kind == StoreKind.Sqlite) return "SQLite " + new SqliteConnectionStringBuilder(ConnectionString).DataSource;
            var b = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL {b.Host}:{b.Port}/{b.Database}";
        }
    }

    /// <summary>Never prints the connection string, which may hold a password.</summary>
    public override string ToString() => Display;

    internal DbConnection CreateConnection() => Kind switch
    {
        StoreKind.Sqlite => new SqliteConnection(ConnectionString),
        _ => new NpgsqlConnection(ConnectionString),
    };
}
