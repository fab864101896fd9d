using System.IO.Compression;
using System.Text;
using Microsoft.AspNetCore.Http;
using Partnership.SharedKernel.Documents;
using Partnership.SharedKernel.Users;
using Partnership.SharedKernel.Validation;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.SharedKernel;

public sealed class DocumentUploadTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF");

    [Theory]
    [InlineData("evidence.pdf", "application/pdf")]
    [InlineData("EVIDENCE.PDF", "application/pdf")]
    public async Task A_pdf_is_kept_with_its_name_type_size_and_hash(string name, string type)
    {
        var document = await ReadAsync(name, Pdf);

        document.FileName.ShouldBe(name);
        document.ContentType.ShouldBe(type);
        document.Size.ShouldBe(Pdf.Length);
        document.Content.ShouldBe(Pdf);
        document.Sha256.Length.ShouldBe(64);
        document.UploadedBy.ShouldBe(SystemUser.Instance.Email ?? SystemUser.Instance.DisplayName);
    }

    [Fact]
    public async Task Word_and_Excel_packages_are_told_apart_by_their_parts()
    {
        (await ReadAsync("plan.docx", Package("word/document.xml"))).ContentType.ShouldBe(DocumentTypes.Word.ContentType);
        (await ReadAsync("tracker.xlsx", Package("xl/workbook.xml"))).ContentType.ShouldBe(DocumentTypes.Excel.ContentType);
        await RefusedAsync("tracker.xlsx", Package("word/document.xml"));
        await RefusedAsync("archive.docx", Package("readme.txt"));
    }

    [Theory]
    [InlineData("photo.png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0 })]
    [InlineData("photo.jpg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0 })]
    [InlineData("photo.gif", new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61, 0, 0 })]
    [InlineData("minutes.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0 })]
    public async Task Images_and_older_Office_files_are_recognised_from_their_first_bytes(string name, byte[] content)
    {
        (await ReadAsync(name, content)).Size.ShouldBe(content.Length);
    }

    [Fact]
    public async Task Text_and_csv_must_be_readable_text()
    {
        (await ReadAsync("notes.txt", Encoding.UTF8.GetBytes("Met the designated nurse.\r\nAgreed the audit."))).ContentType.ShouldStartWith("text/plain");
        (await ReadAsync("counts.csv", Encoding.UTF8.GetBytes("agency,count\npolice,3\n"))).ContentType.ShouldStartWith("text/csv");
        await RefusedAsync("notes.txt", [0x4D, 0x5A, 0x90, 0x00, 0x03]);
        await RefusedAsync("notes.txt", [0xC3, 0x28]);
    }

    [Theory]
    [InlineData("evidence.pdf")]
    [InlineData("evidence.exe")]
    [InlineData("evidence")]
    [InlineData("evidence.html")]
    public async Task A_program_is_refused_whatever_it_is_called(string name)
    {
        var exception = await RefusedAsync(name, [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00]);

        exception.Errors["Evidence"].ShouldHaveSingleItem().ShouldBe("The selected file must be a PDF, Word, Excel, PNG, JPEG, GIF, text or CSV file, and its name must match what it contains");
    }

    [Fact]
    public async Task A_pdf_named_as_an_image_is_refused()
    {
        await RefusedAsync("photo.png", Pdf);
    }

    [Fact]
    public async Task Missing_empty_and_oversized_files_are_refused_with_their_own_messages()
    {
        (await Should.ThrowAsync<ValidationException>(() => DocumentUpload.ReadAsync(null, "Evidence", SystemUser.Instance, TimeProvider.System, CancellationToken.None)))
            .Errors["Evidence"].ShouldBe(["Select a file"]);
        (await RefusedAsync("empty.pdf", [])).Errors["Evidence"].ShouldBe(["The selected file is empty"]);
        var oversized = new byte[DocumentUpload.MaxBytes + 1];
        Pdf.CopyTo(oversized, 0);
        (await RefusedAsync("large.pdf", oversized)).Errors["Evidence"].ShouldBe(["The selected file must be smaller than 20 MB"]);
    }

    private static Task<StoredDocument> ReadAsync(string name, byte[] content) =>
        DocumentUpload.ReadAsync(File(name, content), "Evidence", SystemUser.Instance, TimeProvider.System, CancellationToken.None);

    private static Task<ValidationException> RefusedAsync(string name, byte[] content) =>
        Should.ThrowAsync<ValidationException>(() => ReadAsync(name, content));

    private static FormFile File(string name, byte[] content) =>
        new(new MemoryStream(content), 0, content.Length, "Evidence", name);

    private static byte[] Package(string part)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", part })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<?xml version=\"1.0\"?><x/>");
            }
        }
        return buffer.ToArray();
    }
}
