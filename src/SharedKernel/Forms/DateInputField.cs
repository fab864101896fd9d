namespace Partnership.SharedKernel.Forms;

/// <summary>
/// What the shared <c>_DateInput</c> partial needs to draw a GOV.UK date input: the form field's name
/// (the page property the boxes bind to), the question, a hint and the boxes' values.
/// </summary>
public sealed record DateInputField(string Field, string Legend, string? Hint, DateInput Input)
{
    /// <summary>Whether the question is the page's heading (a one-question page).</summary>
    public bool LegendIsHeading { get; init; }
}
