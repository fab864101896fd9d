using System.ComponentModel;
using System.ComponentModel.DataAnnotations;

namespace Partnership.Modules.Recommendations.Reporting;

internal sealed class RecommendationRow
{
    [Key]
    [Description("The recommendation's identifier; RecommendationId in other sets refers to it.")]
    public Guid RecommendationId { get; init; }

    [Description("The source it came from (a review, an inspection, an audit): its identifier.")]
    public Guid SourceId { get; init; }

    [Description("The kind of source, as the module names it.")]
    public required string SourceKind { get; init; }

    [Description("The source's reference, such as CSPR-2019-02.")]
    public required string SourceReference { get; init; }

    [Description("The source's title.")]
    public required string SourceTitle { get; init; }

    [Description("The review the source is, when it is one; refers to ReviewId in Reviews.")]
    public Guid? ReviewId { get; init; }

    [Description("The recommendation's number within its source.")]
    public required string Number { get; init; }

    [Description("The recommendation, as the source put it.")]
    public required string Text { get; init; }

    [Description("Whether it is for more than one agency.")]
    public bool MultiAgency { get; init; }

    [Description("The timescale it was given, as the module names it.")]
    public required string Timescale { get; init; }

    [Description("When it is due.")]
    public DateOnly DueOn { get; init; }
}
