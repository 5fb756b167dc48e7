using Npgsql;
using OfficeDx.Storage;

namespace OfficeDx.Storage.Tests;

/// <summary>
/// A fresh database on the real PostgreSQL server named by OFFICEDX_TEST_POSTGRES (which .ci/run starts and exports),
/// dropped when disposed. Without the variable or the server the test fails and says how to provide them.
/// </summary>
public sealed class PostgresDatabase : IAsyncDisposable
{
    public const string Variable = "OFFICEDX_TEST_POSTGRES";

    private readonly string admin;
    private readonly string name;

    private PostgresDatabase(string admin, string name, StoreLocation location)
    {
        this.admin = admin;
        this.name = name;
        Location = location;
    }

    public StoreLocation Location { get; }

    public static async Task<PostgresDatabase> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
            Assert.Fail($"PostgreSQL のテストには環境変数 {Variable}（例: Host=127.0.0.1;Username=officedx;Password=officedx;Database=postgres）が必要です。.ci/run が PostgreSQL を起動して設定します。");
        var name = "odx_" + Guid.NewGuid().ToString("N")[..16];
        try
        {
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name} ENCODING 'UTF8' TEMPLATE template0", connection);
            await command.ExecuteNonQueryAsync();
        }
        catch (NpgsqlException e)
        {
            Assert.Fail($"PostgreSQL（{Variable}）に接続できません: {e.Message}。サーバーが 127.0.0.1 で動いているか確認してください。");
        }
        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = false };
        return new PostgresDatabase(admin, name, new StoreLocation(StoreKind.PostgreSql, builder.ConnectionString));
    }

    public async ValueTask DisposeAsync()
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        // An autovacuum worker that has just started on the database can only be stopped by a member of pg_signal_backend
        // (42501), and one that will not stop keeps it in use (55006): it finishes within moments, so the drop is tried again.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await command.ExecuteNonQueryAsync();
                return;
            }
            catch (PostgresException e) when (e.SqlState is "42501" or "55006" && attempt < 20)
            {
                await Task.Delay(250);
            }
        }
    }
}
