using System.Globalization;
using System.IO.Compression;
using System.Security;
using System.Text;

namespace Partnership.Modules.Recommendations.Tests.Import;

/// <summary>A small .xlsx written as Excel writes one: text in shared strings (one cell an inline string), numbers as numbers.</summary>
internal static class TestWorkbook
{
    public static byte[] Write(IReadOnlyList<object?[]> rows, bool withWorkbook = true, bool withSheet = true)
    {
        var strings = new List<string>();
        var sheet = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>");
        for (var r = 0; r < rows.Count; r++)
        {
            sheet.Append(CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var reference = $"{(char)('A' + c)}{r + 1}";
                switch (rows[r][c])
                {
                    case null:
                        break;
                    case double or int:
                        sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" s=\"1\"><v>{Convert.ToString(rows[r][c], CultureInfo.InvariantCulture)}</v></c>");
                        break;
                    case string text when text.StartsWith("inline:", StringComparison.Ordinal):
                        sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"inlineStr\"><is><t>{SecurityElement.Escape(text[7..])}</t></is></c>");
                        break;
                    case string text:
                        strings.Add(text);
                        sheet.Append(CultureInfo.InvariantCulture, $"<c r=\"{reference}\" t=\"s\"><v>{strings.Count - 1}</v></c>");
                        break;
                }
            }
            sheet.Append("</row>");
        }
        sheet.Append("</sheetData></worksheet>");

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            if (withWorkbook)
            {
                Part(zip, "xl/workbook.xml", withSheet
                    ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"Action plan\" sheetId=\"1\" r:id=\"rId7\"/></sheets></workbook>"
                    : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>");
                Part(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId7\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/plan.xml\"/></Relationships>");
            }
            Part(zip, "xl/worksheets/plan.xml", sheet.ToString());
            var shared = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"{strings.Count}\">");
            foreach (var text in strings)
            {
                // The first run rich text, as Excel writes a cell with some words in bold.
                var space = text.IndexOf(' ', StringComparison.Ordinal);
                shared.Append(space > 0
                    ? $"<si><r><rPr><b/></rPr><t>{SecurityElement.Escape(text[..space])}</t></r><r><t xml:space=\"preserve\">{SecurityElement.Escape(text[space..])}</t></r><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>"
                    : $"<si><t>{SecurityElement.Escape(text)}</t></si>");
            }
            shared.Append("</sst>");
            Part(zip, "xl/sharedStrings.xml", shared.ToString());
        }
        return buffer.ToArray();
    }

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
