namespace Partnership.SharedKernel.Documents;

/// <summary>A type of file the partnership accepts: the names it may have and the type it is served as.</summary>
public sealed record DocumentKind(string Description, string ContentType, IReadOnlyList<string> Extensions);
