using System.IO.Compression;
using System.Text;
using System.Xml;

namespace Partnership.Modules.Recommendations.Import;

/// <summary>One row of a sheet as text, with its row number as the spreadsheet shows it.</summary>
internal sealed record SheetRow(int Number, string[] Cells)
{
    public string Cell(int? column) => column is { } c && c >= 0 && c < Cells.Length ? Cells[c].Trim() : "";
}

/// <summary>A sheet's header row and the rows under it.</summary>
internal sealed record PlanSheet(IReadOnlyList<string> Headers, IReadOnlyList<SheetRow> Rows);

/// <summary>A workbook or CSV file that cannot be read, with a message for the person who uploaded it.</summary>
internal sealed class PlanSheetException(string message) : Exception(message);

/// <summary>
/// Reads the first worksheet of an .xlsx (the OOXML parts read as a stream with System.IO.Compression and
/// XmlReader, as the committee report writes them: shared strings, inline strings, numbers; a date stays its
/// serial number) or an RFC 4180 CSV file. Blank rows are skipped; the first row with text is the header.
/// </summary>
internal static class PlanSheetReader
{
    public const int MaxRows = 20_000;

    /// <summary>The most a workbook may hold once unpacked, all its parts together: a real 20 MB plan is far less.</summary>
    public const long MaxUnpackedBytes = 200L * 1024 * 1024;

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    public static PlanSheet Read(Stream content, string fileName)
    {
        var seekable = content.CanSeek ? content : Buffer(content);
        Span<byte> start = stackalloc byte[4];
        var read = seekable.ReadAtLeast(start, 4, throwOnEndOfStream: false);
        seekable.Position = 0;
        var isZip = read == 4 && start[0] == 'P' && start[1] == 'K' && start[2] == 3 && start[3] == 4;
        if (isZip)
        {
            return ReadWorkbook(seekable);
        }
        if (fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
        {
            return ReadCsv(seekable);
        }
        if (fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            throw new PlanSheetException("The file is not an Excel workbook that can be read: save it as .xlsx (Excel Workbook) or .csv and upload it again");
        }
        throw new PlanSheetException("The action plan must be an Excel workbook (.xlsx) or a CSV file (.csv)");
    }

    private static MemoryStream Buffer(Stream content)
    {
        var buffer = new MemoryStream();
        content.CopyTo(buffer);
        buffer.Position = 0;
        return buffer;
    }

    private static PlanSheet ReadWorkbook(Stream content)
    {
        try
        {
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            RefuseBomb(zip);
            var sheetPath = FirstSheetPath(zip);
            var sheet = zip.GetEntry(sheetPath) ?? throw new PlanSheetException("The workbook has no worksheet: add the action plan on its first sheet");
            var strings = SharedStrings(zip);
            using var stream = sheet.Open();
            return FromRows(SheetRows(stream, strings));
        }
        catch (InvalidDataException)
        {
            throw new PlanSheetException("The workbook is damaged and cannot be read: open it in Excel, save it as .xlsx and upload it again");
        }
        catch (XmlException)
        {
            throw new PlanSheetException("The workbook is damaged and cannot be read: open it in Excel, save it as .xlsx and upload it again");
        }
    }

    /// <summary>
    /// A few kilobytes of zip can unpack to gigabytes. ZipArchive stops inflating a part at the size its
    /// directory declares, so the declared sizes bound what this reader can be made to read.
    /// </summary>
    private static void RefuseBomb(ZipArchive zip)
    {
        var total = 0L;
        foreach (var part in zip.Entries)
        {
            // Compared before adding, so declared sizes near long.MaxValue cannot overflow the total.
            if (part.Length > MaxUnpackedBytes - total)
            {
                throw new PlanSheetException($"The workbook is too large once unpacked (more than {MaxUnpackedBytes / (1024 * 1024)} MB of sheet data): remove unused sheets, rows and formatting, or split the plan into smaller files");
            }
            total += part.Length;
        }
    }

    private static string FirstSheetPath(ZipArchive zip)
    {
        var workbook = zip.GetEntry("xl/workbook.xml") ?? throw new PlanSheetException("The file is not an Excel workbook (.xlsx): it has no workbook part");
        string? relationshipId = null;
        using (var reader = XmlReader.Create(workbook.Open(), Settings))
        {
            while (relationshipId is null && reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && reader.NamespaceURI == Main)
                {
                    relationshipId = reader.GetAttribute("id", OfficeRelationships) ?? "";
                }
            }
        }
        if (relationshipId is null)
        {
            throw new PlanSheetException("The workbook has no worksheet: add the action plan on its first sheet");
        }
        if (zip.GetEntry("xl/_rels/workbook.xml.rels") is { } rels)
        {
            using var reader = XmlReader.Create(rels.Open(), Settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == PackageRelationships && reader.GetAttribute("Id") == relationshipId)
                {
                    var target = reader.GetAttribute("Target") ?? "";
                    return target.StartsWith('/') ? target[1..] : "xl/" + target;
                }
            }
        }
        return "xl/worksheets/sheet1.xml";
    }

    private static List<string> SharedStrings(ZipArchive zip)
    {
        var strings = new List<string>();
        if (zip.GetEntry("xl/sharedStrings.xml") is not { } part)
        {
            return strings;
        }
        using var reader = XmlReader.Create(part.Open(), Settings);
        reader.MoveToContent();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                strings.Add(Text(reader));
            }
        }
        return strings;
    }

    /// <summary>The text of an <c>si</c> or <c>is</c> element: its <c>t</c> elements, rich-text runs included, phonetic runs left out.</summary>
    private static string Text(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }
        var text = new StringBuilder();
        var depth = reader.Depth;
        var inText = false;
        var phonetic = 0;
        while (reader.Read() && reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "rPh" && !reader.IsEmptyElement:
                    phonetic++;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "rPh":
                    phonetic--;
                    break;
                case XmlNodeType.Element when reader.LocalName == "t" && !reader.IsEmptyElement:
                    inText = true;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "t":
                    inText = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inText && phonetic == 0:
                    text.Append(reader.Value);
                    break;
            }
        }
        return text.ToString();
    }

    private static IEnumerable<SheetRow> SheetRows(Stream stream, List<string> strings)
    {
        using var reader = XmlReader.Create(stream, Settings);
        var rowNumber = 0;
        var cells = new List<string>();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row")
            {
                continue;
            }
            rowNumber = int.TryParse(reader.GetAttribute("r"), out var r) ? r : rowNumber + 1;
            cells.Clear();
            if (!reader.IsEmptyElement)
            {
                var rowDepth = reader.Depth;
                while (reader.Read() && reader.Depth > rowDepth)
                {
                    if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c")
                    {
                        var column = ColumnOf(reader.GetAttribute("r")) ?? cells.Count;
                        var value = Cell(reader, strings);
                        while (cells.Count < column)
                        {
                            cells.Add("");
                        }
                        if (column < cells.Count)
                        {
                            cells[column] = value;
                        }
                        else
                        {
                            cells.Add(value);
                        }
                    }
                }
            }
            yield return new SheetRow(rowNumber, [.. cells]);
        }
    }

    private static string Cell(XmlReader reader, List<string> strings)
    {
        var type = reader.GetAttribute("t");
        if (reader.IsEmptyElement)
        {
            return "";
        }
        var depth = reader.Depth;
        var value = new StringBuilder();
        var inValue = false;
        while (reader.Read() && reader.Depth > depth)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.LocalName == "is":
                    value.Append(Text(reader));
                    break;
                case XmlNodeType.Element when reader.LocalName == "v" && !reader.IsEmptyElement:
                    inValue = true;
                    break;
                case XmlNodeType.EndElement when reader.LocalName == "v":
                    inValue = false;
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace when inValue:
                    value.Append(reader.Value);
                    break;
            }
        }
        var text = value.ToString();
        return type switch
        {
            "s" => int.TryParse(text, out var index) && index >= 0 && index < strings.Count ? strings[index] : "",
            "b" => text == "1" ? "TRUE" : "FALSE",
            _ => text,
        };
    }

    /// <summary>The zero-based column of a cell reference such as "AB12".</summary>
    private static int? ColumnOf(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (!char.IsAsciiLetter(c))
            {
                break;
            }
            column = (column * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
            letters++;
        }
        return letters is > 0 and <= 3 ? column - 1 : null;
    }

    private static PlanSheet ReadCsv(Stream content)
    {
        using var text = new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return FromRows(CsvRows(text));
    }

    /// <summary>RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    internal static IEnumerable<SheetRow> CsvRows(TextReader text)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        var line = 1;
        var recordLine = 1;
        var any = false;
        int c;
        while ((c = text.Read()) >= 0)
        {
            any = true;
            if (quoted)
            {
                if (c == '"')
                {
                    if (text.Peek() == '"')
                    {
                        text.Read();
                        field.Append('"');
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }
                    field.Append((char)c);
                }
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = true;
                    break;
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    break;
                case '\r':
                    break;
                case '\n':
                    fields.Add(field.ToString());
                    field.Clear();
                    yield return new SheetRow(recordLine, [.. fields]);
                    fields.Clear();
                    line++;
                    recordLine = line;
                    any = false;
                    break;
                default:
                    field.Append((char)c);
                    break;
            }
        }
        if (any)
        {
            fields.Add(field.ToString());
            yield return new SheetRow(recordLine, [.. fields]);
        }
    }

    private static PlanSheet FromRows(IEnumerable<SheetRow> rows)
    {
        IReadOnlyList<string>? headers = null;
        var data = new List<SheetRow>();
        foreach (var row in rows)
        {
            if (row.Cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (headers is null)
            {
                headers = [.. row.Cells.Select(h => h.Trim())];
                continue;
            }
            if (data.Count == MaxRows)
            {
                throw new PlanSheetException($"The action plan has more than {MaxRows:N0} rows: split it into smaller files");
            }
            data.Add(row);
        }
        return headers is null
            ? throw new PlanSheetException("The sheet is empty: its first row must be the column headings, with the actions under it")
            : new PlanSheet(headers, data);
    }

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreWhitespace = false, CloseInput = true };
}
