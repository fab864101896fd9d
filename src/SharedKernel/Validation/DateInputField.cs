namespace Partnership.SharedKernel.Validation;

/// <summary>What the shell's <c>_DateInput</c> partial shows: the field's name (its error key), label, hint and value.</summary>
public sealed record DateInputField(string Name, string Label, DateInput Value, string? Hint = null);
