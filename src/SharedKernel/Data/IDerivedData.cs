namespace Partnership.SharedKernel.Data;

/// <summary>
/// Rows a module derives in code from its own records, because SQL cannot compute them (working days
/// on the bank holiday calendar). The host refreshes each after the migrations, under the same lock,
/// at every start: a refresh must change nothing when the rows are already right.
/// </summary>
public interface IDerivedData
{
    Task RefreshAsync(CancellationToken cancellationToken);
}
