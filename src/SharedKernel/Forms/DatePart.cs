namespace Partnership.SharedKernel.Forms;

/// <summary>The boxes of a GOV.UK date input.</summary>
[Flags]
public enum DatePart
{
    None = 0,
    Day = 1,
    Month = 2,
    Year = 4,
    All = Day | Month | Year,
}
