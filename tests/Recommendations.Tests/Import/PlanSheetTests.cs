using System.IO.Compression;
using System.Text;
using Partnership.Modules.Recommendations.Import;
using Partnership.SharedKernel.Access;
using Shouldly;
using Xunit;

namespace Partnership.Modules.Recommendations.Tests.Import;

public sealed class PlanSheetTests
{
    private static readonly string[] Seed004Headers = ["Recommendation", "Key Actions", "Evidence", "Key Outcome(s)", "Lead Officer", "Date"];
    private static readonly DateOnly SourceDate = new(2010, 9, 14);

    private static readonly AgencyNames Agencies = new(
    [
        new AgencySummary(Guid.NewGuid(), "NHS Blackburn with Darwen Care Trust Plus", "health", true),
        new AgencySummary(Guid.NewGuid(), "Lancashire Constabulary", "police", true),
        new AgencySummary(Guid.NewGuid(), "Blackburn with Darwen children's social care", "childrens-social-care", true),
        new AgencySummary(Guid.NewGuid(), "Blackburn with Darwen children's services: education", "education", true),
        new AgencySummary(Guid.NewGuid(), "Retired Agency", "voluntary", false),
    ]);

    [Fact]
    public void A_real_xlsx_is_read_from_shared_rich_and_inline_strings_and_numbers()
    {
        var workbook = TestWorkbook.Write(
        [
            Seed004Headers,
            [],
            ["Share information", "inline:Audit referrals", "Audit report", "Fewer missed referrals", "Head of Safeguarding, NHS Blackburn with Darwen", 40543],
            [null, "Train staff", null, null, "Detective Inspector, Lancashire Constabulary", "October 2010"],
        ]);

        var sheet = PlanSheetReader.Read(new MemoryStream(workbook), "plan.xlsx");

        sheet.Headers.ShouldBe(Seed004Headers);
        sheet.Rows.Count.ShouldBe(2, "a blank row is skipped");
        sheet.Rows[0].Number.ShouldBe(3);
        sheet.Rows[0].Cells.ShouldBe(["Share information", "Audit referrals", "Audit report", "Fewer missed referrals", "Head of Safeguarding, NHS Blackburn with Darwen", "40543"]);
        sheet.Rows[1].Cells.ShouldBe(["", "Train staff", "", "", "Detective Inspector, Lancashire Constabulary", "October 2010"]);
    }

    [Fact]
    public void A_csv_is_read_with_quoted_commas_quotes_and_line_breaks()
    {
        var csv = "\uFEFFRecommendation,Key Actions,Evidence,Key Outcome(s),Lead Officer,Date\r\n"
            + "\"Share information, always\",\"Audit \"\"referrals\"\"\nand report\",,,\"Head of Safeguarding, NHS Blackburn with Darwen\",31/12/2010\r\n"
            + ",Train staff,,,\"DI, Lancashire Constabulary\",Oct - Dec 2010";

        var sheet = PlanSheetReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(csv)), "plan.csv");

        sheet.Headers.ShouldBe(Seed004Headers);
        sheet.Rows.Count.ShouldBe(2);
        sheet.Rows[0].Cells.ShouldBe(["Share information, always", "Audit \"referrals\"\nand report", "", "", "Head of Safeguarding, NHS Blackburn with Darwen", "31/12/2010"]);
        sheet.Rows[1].Number.ShouldBe(4, "the row number counts the line break inside the quoted field");
    }

    [Fact]
    public void Malformed_files_are_refused_with_a_message_that_says_what_is_wrong()
    {
        Should.Throw<PlanSheetException>(() => PlanSheetReader.Read(new MemoryStream("not a workbook"u8.ToArray()), "plan.xlsx"))
            .Message.ShouldContain("not an Excel workbook");
        Should.Throw<PlanSheetException>(() => PlanSheetReader.Read(new MemoryStream("%PDF-1.4"u8.ToArray()), "plan.pdf"))
            .Message.ShouldContain(".xlsx");
        Should.Throw<PlanSheetException>(() => PlanSheetReader.Read(new MemoryStream(TestWorkbook.Write([["a"]], withWorkbook: false)), "plan.xlsx"))
            .Message.ShouldContain("no workbook part");
        Should.Throw<PlanSheetException>(() => PlanSheetReader.Read(new MemoryStream(TestWorkbook.Write([["a"]], withSheet: false)), "plan.xlsx"))
            .Message.ShouldContain("no worksheet");
        Should.Throw<PlanSheetException>(() => PlanSheetReader.Read(new MemoryStream(TestWorkbook.Write([[], [null, ""]])), "plan.xlsx"))
            .Message.ShouldContain("first row must be the column headings");
        Should.Throw<PlanSheetException>(() => PlanSheetReader.Read(new MemoryStream(""u8.ToArray()), "plan.csv"))
            .Message.ShouldContain("first row must be the column headings");

        var truncated = TestWorkbook.Write([Seed004Headers]);
        Should.Throw<PlanSheetException>(() => PlanSheetReader.Read(new MemoryStream(truncated[..(truncated.Length / 2)]), "plan.xlsx"))
            .Message.ShouldContain("damaged");

        using var broken = new MemoryStream();
        using (var zip = new ZipArchive(broken, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("xl/workbook.xml").Open());
            writer.Write("<workbook><sheets><sheet");
        }
        broken.Position = 0;
        Should.Throw<PlanSheetException>(() => PlanSheetReader.Read(broken, "plan.xlsx")).Message.ShouldContain("damaged");
    }

    [Fact]
    public void A_workbook_that_unpacks_to_more_than_the_limit_is_refused_before_it_is_read()
    {
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var part = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var written = 0L; written <= PlanSheetReader.MaxUnpackedBytes; written += spaces.Length)
            {
                part.Write(spaces);
            }
        }
        bomb.Length.ShouldBeLessThan(PlanImporter.MaxFileBytes, "a bomb passes the upload's own size limit");
        bomb.Position = 0;

        Should.Throw<PlanSheetException>(() => PlanSheetReader.Read(bomb, "plan.xlsx"))
            .Message.ShouldContain("The workbook is too large once unpacked");
    }

    [Fact]
    public void The_seed_004_columns_choose_the_preset_and_map_every_field_but_the_agency()
    {
        ColumnMap.MatchesReviewActionPlan(Seed004Headers).ShouldBeTrue();
        ColumnMap.MatchesReviewActionPlan(["Recommendation", "Action", "Date"]).ShouldBeFalse();

        var map = ColumnMap.Guess(["Ref", .. Seed004Headers]);

        map[PlanField.Recommendation].ShouldBe(1);
        map[PlanField.KeyAction].ShouldBe(2);
        map[PlanField.Evidence].ShouldBe(3);
        map[PlanField.ExpectedOutcome].ShouldBe(4);
        map[PlanField.LeadOfficer].ShouldBe(5);
        map[PlanField.DueDate].ShouldBe(6);
        map[PlanField.LeadAgency].ShouldBeNull();
        ColumnMap.Guess(["Lead agency", "Due date"])[PlanField.LeadAgency].ShouldBe(0);
    }

    [Fact]
    public void A_recommendation_left_blank_or_repeated_continues_the_one_above()
    {
        var rows = PlanPreview.Check(
        [
            Row(2, "Share information", "Audit referrals", "Head of Safeguarding, NHS Blackburn with Darwen", "October 2010"),
            Row(3, "", "Train staff", "DI, Lancashire Constabulary", "Oct - Dec 2010"),
            Row(4, "Share information", "Brief GPs", "Named GP, NHS Blackburn with Darwen", "Immediately"),
            Row(5, "Supervise well", "Review supervision", "Service manager, Blackburn with Darwen children's social care", "Ready for 1st December 2010"),
        ], Agencies, SourceDate);

        rows.ShouldAllBe(r => r.IsValid);
        rows.Select(r => r.RecommendationIndex).ShouldBe([0, 0, 0, 1]);
        rows.Select(r => r.ContinuesRecommendation).ShouldBe([false, true, true, false]);
        rows[1].RecommendationText.ShouldBe("Share information");
        rows[0].AgencyName.ShouldBe("NHS Blackburn with Darwen Care Trust Plus");
        rows[0].LeadOfficer.ShouldBe("Head of Safeguarding");
        rows[1].AgencyName.ShouldBe("Lancashire Constabulary");
        rows[2].DueOn.ShouldBe(SourceDate);
        rows[3].DueOn.ShouldBe(new DateOnly(2010, 12, 1));
    }

    [Fact]
    public void Unknown_agencies_missing_text_and_unreadable_dates_are_row_errors()
    {
        var rows = PlanPreview.Check(
        [
            Row(2, "", "Audit referrals", "Head of Safeguarding, NHS Blackburn with Darwen", "October 2010"),
            Row(3, "Share information", "", "Head of Service, Borsetshire Hospitals", "On advice from legal services"),
            Row(4, "Share information", "Brief GPs", "Named GP", "2009-01-01"),
            Row(5, "Share information", "Brief GPs", "Named GP", "October 2010", agency: "Blackburn with Darwen"),
            Row(6, "Share information", "Brief GPs", "Named GP", "October 2010", agency: "retired agency"),
            Row(7, "Share information", "Brief GPs", "Named GP", "October 2010", agency: "lancashire constabulary"),
        ], Agencies, SourceDate);

        rows[0].Errors.Keys.ShouldBe([PlanField.Recommendation]);
        rows[1].Errors.Keys.ShouldBe([PlanField.KeyAction, PlanField.LeadAgency, PlanField.DueDate], ignoreOrder: true);
        rows[1].Errors[PlanField.DueDate].ShouldContain("On advice from legal services");
        rows[2].Errors.Keys.ShouldBe([PlanField.LeadAgency, PlanField.DueDate], ignoreOrder: true);
        rows[2].Errors[PlanField.DueDate].ShouldContain("before the source's date");
        rows[3].Errors.Keys.ShouldBe([PlanField.LeadAgency], "the short name fits more than one agency");
        rows[4].Errors.Keys.ShouldBe([PlanField.LeadAgency], "a retired agency takes no new actions");
        rows[5].IsValid.ShouldBeTrue();
        rows[5].LeadOfficer.ShouldBe("Named GP");
    }

    private static PlanRow Row(int number, string recommendation, string action, string officer, string due, string? agency = null) =>
        new(number, recommendation, action, null, null, officer, agency, due);
}
