using Partnership.Modules.Reviews.Register;

namespace Partnership.Modules.Reviews.Panel;

/// <summary>What the review page's panel section (<c>Panel/_Panel.cshtml</c>) shows.</summary>
internal sealed record PanelSection(Review Review, IReadOnlyList<PanelRow> Members, bool CanChange);
