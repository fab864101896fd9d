namespace Partnership.SharedKernel.Documents;

/// <summary>
/// A file someone uploaded (evidence, an agency report), kept in the owning module's schema so it is
/// saved, or rolled back, with the record it belongs to. Its type was checked from its content.
/// </summary>
public sealed class StoredDocument
{
    public Guid Id { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    public long Size { get; init; }

    public required byte[] Content { get; init; }

    /// <summary>Hex SHA-256 of the content: shows that a download is the file that was uploaded.</summary>
    public required string Sha256 { get; init; }

    public DateTimeOffset UploadedAt { get; init; }

    public required string UploadedBy { get; init; }
}
