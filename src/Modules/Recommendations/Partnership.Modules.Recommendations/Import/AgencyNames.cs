using System.Text;
using Partnership.SharedKernel.Access;

namespace Partnership.Modules.Recommendations.Import;

/// <summary>
/// Finds the partnership's agencies by the names plans give them: the full name in any case, or a short
/// name that is the start or a whole-word part of exactly one active agency's name ("NHS Blackburn with
/// Darwen" for "NHS Blackburn with Darwen Care Trust Plus").
/// </summary>
internal sealed class AgencyNames(IEnumerable<AgencySummary> agencies)
{
    private readonly List<(AgencySummary Agency, string Name)> _agencies =
        [.. agencies.Where(a => a.IsActive).Select(a => (a, Normalise(a.Name))).OrderByDescending(a => a.Item2.Length)];

    public AgencySummary? Find(string? text)
    {
        var phrase = Normalise(text ?? "");
        if (phrase.Length < 3)
        {
            return null;
        }
        if (_agencies.FirstOrDefault(a => a.Name == phrase) is { Agency: { } exact })
        {
            return exact;
        }
        var padded = " " + phrase + " ";
        var named = _agencies.Where(a => (" " + a.Name + " ").Contains(padded, StringComparison.Ordinal)).ToList();
        return named.Count == 1 ? named[0].Agency : null;
    }

    /// <summary>The agency a lead officer's text names after a comma ("Head of Safeguarding, NHS Blackburn with Darwen"), and the officer without it.</summary>
    public (AgencySummary Agency, string Officer)? FromOfficer(string? text)
    {
        var officer = text?.Trim() ?? "";
        var parts = officer.Split([',', ';', '\n'], StringSplitOptions.TrimEntries);
        for (var from = parts.Length - 1; from >= 1; from--)
        {
            if (Find(string.Join(", ", parts[from..])) is { } agency)
            {
                return (agency, string.Join(", ", parts[..from].Where(p => p.Length > 0)));
            }
        }
        var whole = Normalise(officer);
        if (_agencies.FirstOrDefault(a => (" " + whole + " ").Contains(" " + a.Name + " ", StringComparison.Ordinal)) is { Agency: { } contained })
        {
            return (contained, officer);
        }
        return null;
    }

    private static string Normalise(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Trim().Trim('.', ',', ';', ':', '-'))
        {
            if (char.IsWhiteSpace(c))
            {
                space = result.Length > 0;
                continue;
            }
            if (space)
            {
                result.Append(' ');
                space = false;
            }
            result.Append(c is '\u2019' or '\u2018' ? '\'' : char.ToLowerInvariant(c));
        }
        return result.ToString();
    }
}
