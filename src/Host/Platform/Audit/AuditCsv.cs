using System.Globalization;
using System.Text;
using Partnership.SharedKernel.Calendar;
using Partnership.SharedKernel.Downloads;

namespace Partnership.Host.Platform.Audit;

/// <summary>
/// Audit entries as CSV for Excel, written as they are read. Cells that a spreadsheet would take for a
/// formula (a sign-in attempt's email is whatever was typed) are prefixed with an apostrophe.
/// </summary>
internal static class AuditCsv
{
    private static readonly string[] Header =
        ["When (UK time)", "When (UTC)", "Who", "Agency", "Action", "Record type", "Record id", "Module", "Changes", "Before", "After"];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditRecord> entries, Func<Guid?, string> agencyName, CancellationToken cancellationToken)
    {
        // The byte order mark tells Excel the file is UTF-8.
        await using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        await WriteLineAsync(writer, Header);
        var written = 0;
        await foreach (var entry in entries.WithCancellation(cancellationToken))
        {
            await WriteLineAsync(writer,
            [
                UkTime.ToLondon(entry.OccurredAt).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                entry.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
                entry.Actor,
                agencyName(entry.AgencyId),
                entry.Action,
                entry.EntityType,
                entry.EntityId ?? "",
                entry.Source.Title,
                AuditChanges.AsText(AuditChanges.Of(entry)),
                entry.Before ?? "",
                entry.After ?? "",
            ]);
            if (++written % 500 == 0)
            {
                await writer.FlushAsync(cancellationToken);
            }
        }
        await writer.FlushAsync(cancellationToken);
    }

    private static Task WriteLineAsync(StreamWriter writer, IEnumerable<string> cells) => writer.WriteAsync(Csv.Line(cells));
}
