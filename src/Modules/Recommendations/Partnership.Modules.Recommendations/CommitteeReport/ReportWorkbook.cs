using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using Partnership.SharedKernel.Calendar;

namespace Partnership.Modules.Recommendations.CommitteeReport;

/// <summary>
/// The committee report as an Excel workbook: a Summary sheet of counts and an "Amber and Red" sheet
/// with every such action in full. Written as the few SpreadsheetML parts Excel needs, with inline
/// strings and numbers, so the plugin carries no package of its own (see docs/adr/0012).
/// </summary>
internal static class ReportWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static byte[] Write(Report report)
    {
        var summary = new List<object[]>
        {
            new object[] { report.Title },
            new object[] { "Produced on " + UkTime.Date(report.On) },
            Array.Empty<object>(),
            new object[] { "Source", "Title", "Actions", "Blue", "Green", "Amber", "Red", "Green or Blue", "Overdue", "Summary" },
        };
        summary.AddRange(report.Sections.Select(s => Counts(s.Reference, s.Title, s.Counts)));
        summary.Add(Counts("Total", "", report.Totals));
        var concerns = new List<object[]>
        {
            new object[] { "Source", "Recommendation", "Action", "Key action", "Lead agency", "Lead officer", "Evidence", "Expected outcome", "Due", "Status", "Overdue", "Latest accepted update", "Update dated" },
        };
        concerns.AddRange(report.Sections.SelectMany(s => s.Concerns).Select(r => new object[]
        {
            r.Source, r.RecommendationNumber, r.Number, r.Description, r.LeadAgency, r.LeadOfficerRole is null ? r.LeadOfficer : $"{r.LeadOfficer}, {r.LeadOfficerRole}",
            r.Evidence ?? "", r.ExpectedOutcome ?? "", UkTime.Date(r.DueOn), r.Status.ToString(), r.Overdue ? "Yes" : "No",
            r.Latest?.Narrative ?? "", r.Latest is { } latest ? UkTime.Date(latest.ReportedOn) : "",
        }));

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            Part(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                <Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                </Types>
                """);
            Part(zip, "_rels/.rels", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="{Relationships}/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>
                """);
            Part(zip, "xl/workbook.xml", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="{Main}" xmlns:r="{Relationships}">
                <sheets><sheet name="Summary" sheetId="1" r:id="rId1"/><sheet name="Amber and Red" sheetId="2" r:id="rId2"/></sheets>
                </workbook>
                """);
            Part(zip, "xl/_rels/workbook.xml.rels", $"""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                <Relationship Id="rId1" Type="{Relationships}/worksheet" Target="worksheets/sheet1.xml"/>
                <Relationship Id="rId2" Type="{Relationships}/worksheet" Target="worksheets/sheet2.xml"/>
                </Relationships>
                """);
            Part(zip, "xl/worksheets/sheet1.xml", Sheet(summary));
            Part(zip, "xl/worksheets/sheet2.xml", Sheet(concerns));
        }
        return buffer.ToArray();
    }

    private static object[] Counts(string reference, string title, StatusCounts counts) =>
        [reference, title, counts.Total, counts.Blue, counts.Green, counts.Amber, counts.Red, counts.GreenOrBlue, counts.Overdue, counts.Summary];

    private static string Sheet(List<object[]> rows)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { OmitXmlDeclaration = false }))
        {
            xml.WriteStartElement("worksheet", Main);
            xml.WriteStartElement("sheetData", Main);
            for (var r = 0; r < rows.Count; r++)
            {
                xml.WriteStartElement("row", Main);
                xml.WriteAttributeString("r", (r + 1).ToString(CultureInfo.InvariantCulture));
                for (var c = 0; c < rows[r].Length; c++)
                {
                    xml.WriteStartElement("c", Main);
                    xml.WriteAttributeString("r", Column(c) + (r + 1).ToString(CultureInfo.InvariantCulture));
                    if (rows[r][c] is int number)
                    {
                        xml.WriteElementString("v", Main, number.ToString(CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        xml.WriteAttributeString("t", "inlineStr");
                        xml.WriteStartElement("is", Main);
                        xml.WriteElementString("t", Main, Printable(rows[r][c]?.ToString() ?? ""));
                        xml.WriteEndElement();
                    }
                    xml.WriteEndElement();
                }
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
            xml.WriteEndElement();
        }
        // XmlWriter over a StringBuilder declares UTF-16; the part is written as UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"UTF-8\"", StringComparison.Ordinal);
    }

    private static string Column(int index)
    {
        var name = "";
        for (index++; index > 0; index = (index - 1) / 26)
        {
            name = (char)('A' + ((index - 1) % 26)) + name;
        }
        return name;
    }

    // XML 1.0 cannot carry most control characters.
    private static string Printable(string value) => new([.. value.Where(ch => ch is '\t' or '\n' or '\r' || !char.IsControl(ch))]);

    private static void Part(ZipArchive zip, string name, string content)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content.Trim());
        stream.Write(bytes);
    }
}
