namespace Partnership.Testing;

/// <summary>A clock a test moves by hand, so nothing waits for real time to pass.</summary>
public sealed class AdjustableTime(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
