namespace Partnership.Host.Platform.Audit;

/// <summary>One page of a search, with how many entries match in all.</summary>
internal sealed record AuditResults(IReadOnlyList<AuditRecord> Entries, long Total, int Page, int PageCount, int PageSize)
{
    public long First => Total == 0 ? 0 : ((long)(Page - 1) * PageSize) + 1;

    public long Last => First + Entries.Count - 1;
}
