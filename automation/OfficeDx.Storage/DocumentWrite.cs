using System.Data.Common;

namespace OfficeDx.Storage;

/// <summary>
/// One document's rows written all or nothing: its own transaction, or a savepoint inside the open batch, so that a document that
/// fails halfway leaves the batch's other documents as they were.
/// </summary>
internal sealed class DocumentWrite : IAsyncDisposable
{
    private const string Savepoint = "document";
    private readonly bool _inBatch;
    private bool _done;

    private DocumentWrite(DbTransaction transaction, bool inBatch)
    {
        Transaction = transaction;
        _inBatch = inBatch;
    }

    public DbTransaction Transaction { get; }

    public static async Task<DocumentWrite> BeginAsync(DbConnection connection, DbTransaction? batch, CancellationToken cancellation)
    {
        if (batch is null) return new DocumentWrite(await connection.BeginTransactionAsync(cancellation), inBatch: false);
        await batch.SaveAsync(Savepoint, cancellation);
        return new DocumentWrite(batch, inBatch: true);
    }

    public async Task CompleteAsync(CancellationToken cancellation)
    {
        if (_inBatch) await Transaction.ReleaseAsync(Savepoint, cancellation);
        else await Transaction.CommitAsync(cancellation);
        _done = true;
    }

    public async ValueTask DisposeAsync()
    {
        if (_inBatch)
        {
            if (!_done) await Transaction.RollbackAsync(Savepoint, CancellationToken.None);
        }
        else await Transaction.DisposeAsync();
    }
}
