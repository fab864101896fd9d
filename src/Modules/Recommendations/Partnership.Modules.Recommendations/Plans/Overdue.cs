using System.Linq.Expressions;

namespace Partnership.Modules.Recommendations.Plans;

/// <summary>
/// The system's own rule for overdue: past its due date and neither Blue nor a completed Green. An
/// expression, so lists filter and reports count it in SQL.
/// </summary>
internal static class Overdue
{
    public static Expression<Func<KeyAction, bool>> On(DateOnly today) =>
        a => a.DueOn < today && a.Status != Brag.Blue && !(a.Status == Brag.Green && a.Completed);

    public static bool IsOverdue(KeyAction action, DateOnly today) =>
        action.DueOn < today && !IsDone(action.Status, action.Completed);

    public static bool IsDone(Brag status, bool completed) => status == Brag.Blue || (status == Brag.Green && completed);

    /// <summary>Done: Blue, or a completed Green.</summary>
    public static Expression<Func<KeyAction, bool>> Done => a => a.Status == Brag.Blue || (a.Status == Brag.Green && a.Completed);
}
