using System.IO.Compression;
using System.Text;

namespace Partnership.SharedKernel.Documents;

/// <summary>
/// The allow-list: PDF, Word, Excel, images and text. A file's kind is read from its first bytes (and,
/// for Office files, the parts inside the package); its name must agree, so a renamed program is refused.
/// </summary>
public static class DocumentTypes
{
    public static readonly DocumentKind Pdf = new("PDF", "application/pdf", [".pdf"]);
    public static readonly DocumentKind Word = new("Word document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", [".docx"]);
    public static readonly DocumentKind Excel = new("Excel workbook", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", [".xlsx"]);
    public static readonly DocumentKind OldWord = new("Word 97-2003 document", "application/msword", [".doc"]);
    public static readonly DocumentKind OldExcel = new("Excel 97-2003 workbook", "application/vnd.ms-excel", [".xls"]);
    public static readonly DocumentKind Png = new("PNG image", "image/png", [".png"]);
    public static readonly DocumentKind Jpeg = new("JPEG image", "image/jpeg", [".jpg", ".jpeg"]);
    public static readonly DocumentKind Gif = new("GIF image", "image/gif", [".gif"]);
    public static readonly DocumentKind Text = new("text", "text/plain; charset=utf-8", [".txt"]);
    public static readonly DocumentKind Csv = new("CSV", "text/csv; charset=utf-8", [".csv"]);

    public static IReadOnlyList<DocumentKind> Allowed { get; } = [Pdf, Word, Excel, OldWord, OldExcel, Png, Jpeg, Gif, Text, Csv];

    /// <summary>"PDF, Word, Excel, ..." for messages and hints.</summary>
    public static string AllowedNames => "PDF, Word, Excel, PNG, JPEG, GIF, text or CSV";

    private static readonly byte[] PdfMagic = "%PDF-"u8.ToArray();
    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static readonly byte[] CompoundFileMagic = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
    private static readonly byte[] PngMagic = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegMagic = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Gif87Magic = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89Magic = "GIF89a"u8.ToArray();
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The allowed kind this content is and this name claims, or null when they are not one allowed kind.</summary>
    public static DocumentKind? Recognise(string fileName, byte[] content)
    {
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var kind = Allowed.FirstOrDefault(k => k.Extensions.Contains(extension));
        return kind is not null && IsContentOf(kind, content) ? kind : null;
    }

    private static bool IsContentOf(DocumentKind kind, byte[] content)
    {
        var bytes = content.AsSpan();
        return kind switch
        {
            _ when kind == Pdf => bytes.StartsWith(PdfMagic),
            _ when kind == Word => bytes.StartsWith(ZipMagic) && PackageHasPart(content, "word/document.xml"),
            _ when kind == Excel => bytes.StartsWith(ZipMagic) && PackageHasPart(content, "xl/workbook.xml"),
            _ when kind == OldWord || kind == OldExcel => bytes.StartsWith(CompoundFileMagic),
            _ when kind == Png => bytes.StartsWith(PngMagic),
            _ when kind == Jpeg => bytes.StartsWith(JpegMagic),
            _ when kind == Gif => bytes.StartsWith(Gif87Magic) || bytes.StartsWith(Gif89Magic),
            _ => IsText(content),
        };
    }

    private static bool PackageHasPart(byte[] content, string part)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            return zip.GetEntry("[Content_Types].xml") is not null && zip.GetEntry(part) is not null;
        }
        catch (InvalidDataException)
        {
            return false;
        }
    }

    // Text is valid UTF-8 without control characters other than tab and line ends.
    private static bool IsText(byte[] content)
    {
        try
        {
            var text = StrictUtf8.GetString(content);
            return !text.Any(c => char.IsControl(c) && c is not ('\t' or '\r' or '\n'));
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
