using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Partnership.Modules.Reviews.Reporting;

internal sealed class LearningItemRow
{
    [Key]
    [Description("The learning item's identifier; LearningItemId in other sets refers to it.")]
    public Guid LearningItemId { get; init; }

    [Description("The review that found it; refers to ReviewId in Reviews.")]
    public Guid ReviewId { get; init; }

    [Description("What it is: KeyLearning or GoodPractice.")]
    public required string Kind { get; init; }

    [Description("The learning, as the review put it.")]
    public required string Text { get; init; }

    [Description("When it was recorded.")]
    public DateTimeOffset RecordedAt { get; init; }

    [Description("When it, its themes or its agencies were last changed.")]
    public DateTimeOffset ChangedAt { get; init; }
}
