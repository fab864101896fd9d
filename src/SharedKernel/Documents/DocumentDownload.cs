using Microsoft.AspNetCore.Http;

namespace Partnership.SharedKernel.Documents;

/// <summary>
/// Serves a stored document as an attachment. Call it only after the record the document belongs to
/// was read through the module's access rules: that read is the access check.
/// </summary>
public static class DocumentDownload
{
    public static IResult Result(StoredDocument document) =>
        Results.File(document.Content, document.ContentType, document.FileName);
}
