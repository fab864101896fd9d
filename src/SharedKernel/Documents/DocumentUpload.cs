using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Partnership.SharedKernel.Users;
using Partnership.SharedKernel.Validation;

namespace Partnership.SharedKernel.Documents;

/// <summary>
/// Turns an uploaded file into a <see cref="StoredDocument"/> the module adds to its own DbContext, or
/// refuses it with a message for the form field: empty, too large, or not an allowed type.
/// </summary>
public static class DocumentUpload
{
    public const long MaxBytes = 20 * 1024 * 1024;

    public const string MaxSizeText = "20 MB";

    public static async Task<StoredDocument> ReadAsync(IFormFile? file, string field, ICurrentUser user, TimeProvider time, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            throw new ValidationException(field, "Select a file");
        }
        var fileName = Path.GetFileName(file.FileName).Trim();
        if (file.Length == 0 || fileName.Length == 0)
        {
            throw new ValidationException(field, "The selected file is empty");
        }
        if (file.Length > MaxBytes)
        {
            throw new ValidationException(field, $"The selected file must be smaller than {MaxSizeText}");
        }
        if (fileName.Length > 255)
        {
            throw new ValidationException(field, "The file name must be 255 characters or fewer");
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var kind = DocumentTypes.Recognise(fileName, content)
            ?? throw new ValidationException(field, $"The selected file must be a {DocumentTypes.AllowedNames} file, and its name must match what it contains");

        return new StoredDocument
        {
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            FileName = fileName,
            ContentType = kind.ContentType,
            Size = content.LongLength,
            Content = content,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            UploadedAt = time.GetUtcNow(),
            UploadedBy = user.Email ?? user.DisplayName ?? "system",
        };
    }
}
