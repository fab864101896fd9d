using Partnership.Modules.Recommendations.Progress;

namespace Partnership.Modules.Recommendations.Plans;

/// <summary>
/// Blue means the change is embedded in practice, so completion is not enough: a Blue is confirmed only on
/// a progress update that says what changed in practice (its impact statement) and has at least one
/// evidence file. Accepting a Blue proposal checks the update itself; setting Blue directly needs an
/// accepted update of the action that has both.
/// </summary>
internal static class BlueRule
{
    public const string Refusal = "Blue needs evidence of impact: an update that says how practice changed and has at least one evidence file. Challenge the update, or accept it as Green.";

    public static bool IsEvidenceOfImpact(ProgressUpdate update) =>
        !string.IsNullOrWhiteSpace(update.Impact) && update.Evidence.Count > 0;
}
