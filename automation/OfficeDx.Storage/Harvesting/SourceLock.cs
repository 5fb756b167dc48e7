using System.Collections.Concurrent;
using System.Data.Common;

namespace OfficeDx.Storage.Harvesting;

/// <summary>
/// Lets one harvest of a source run at a time against a store, across processes: a PostgreSQL session advisory lock (released
/// by the server the moment the holder's connection goes, so a killed process never leaves it behind), or, beside a SQLite file
/// used by one machine, a lock in this process. Two overlapping runs of one source would replace the same documents' rows at
/// once; one after the other, the second finds them unchanged.
/// </summary>
public sealed class SourceLock : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> LocalGates = new(StringComparer.Ordinal);

    private readonly DbConnection? connection;
    private readonly SemaphoreSlim? gate;
    private readonly string key;

    private SourceLock(DbConnection? connection, SemaphoreSlim? gate, string key)
    {
        this.connection = connection;
        this.gate = gate;
        this.key = key;
    }

    public static async Task<SourceLock> AcquireAsync(StoreLocation location, string source, CancellationToken cancellation = default)
    {
        var key = "officedx:harvest:" + source;
        if (location.Kind == StoreKind.PostgreSql)
        {
            var connection = location.CreateConnection();
            try
            {
                await connection.OpenAsync(cancellation);
                await LockCommandAsync(connection, "pg_advisory_lock", key, cancellation);
            }
            catch
            {
                await connection.DisposeAsync();
                throw;
            }
            return new SourceLock(connection, null, key);
        }
        var gate = LocalGates.GetOrAdd(location.ConnectionString + "\n" + key, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellation);
        return new SourceLock(null, gate, key);
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            // Unlocked explicitly: a pooled connection would otherwise carry the lock back into the pool.
            try
            {
                await LockCommandAsync(connection, "pg_advisory_unlock", key, CancellationToken.None);
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
        gate?.Release();
    }

    private static async Task LockCommandAsync(DbConnection connection, string function, string key, CancellationToken cancellation)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {function}(hashtext(@k))";
        // Waiting for another instance's run may take longer than any command timeout.
        command.CommandTimeout = 0;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "k";
        parameter.Value = key;
        command.Parameters.Add(parameter);
        await command.ExecuteScalarAsync(cancellation);
    }
}
