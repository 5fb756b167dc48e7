using System.Data.Common;
using System.Globalization;

namespace OfficeDx.Storage.Migrations;

/// <summary>Applies the versioned SQL files embedded for the store's kind (Migrations/sqlite, Migrations/postgres) that it has not applied yet.</summary>
internal static class Migrator
{
    /// <summary>The migrations for a kind, in version order: (version, name, sql).</summary>
    public static IReadOnlyList<(int Version, string Name, string Sql)> For(StoreKind kind)
    {
        var prefix = $"OfficeDx.Migrations.{(kind == StoreKind.Sqlite ? "sqlite" : "postgres")}.";
        var assembly = typeof(Migrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n =>
            {
                var name = n[prefix.Length..^4];
                using var reader = new StreamReader(assembly.GetManifestResourceStream(n)!);
                return (int.Parse(name[..name.IndexOf('_')], CultureInfo.InvariantCulture), name, reader.ReadToEnd());
            })
            .OrderBy(m => m.Item1)
            .ToList();
    }

    public static async Task<int> MigrateAsync(DbConnection connection, StoreKind kind, CancellationToken cancellation)
    {
        await Sql.ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", cancellation);
        var applied = 0;
        foreach (var (version, name, sql) in For(kind))
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellation);
            // Two harvesters starting together on one PostgreSQL database must not both apply a migration.
            if (kind == StoreKind.PostgreSql) await Sql.ExecuteAsync(connection, transaction, "SELECT pg_advisory_xact_lock(7310701)", cancellation);
            var done = await Sql.ScalarAsync(connection, transaction, "SELECT COUNT(*) FROM schema_migrations WHERE version = @v", cancellation, ("v", version));
            if (Convert.ToInt64(done, CultureInfo.InvariantCulture) > 0)
            {
                await transaction.CommitAsync(cancellation);
                continue;
            }
            await Sql.ExecuteAsync(connection, transaction, sql, cancellation);
            await Sql.ExecuteAsync(connection, transaction, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @t)", cancellation,
                ("v", version), ("n", name), ("t", Sql.Now()));
            await transaction.CommitAsync(cancellation);
            applied++;
        }
        return applied;
    }
}
