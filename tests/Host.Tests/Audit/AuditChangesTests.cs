using Partnership.Host.Platform.Audit;
using Shouldly;
using Xunit;

namespace Partnership.Host.Tests.Audit;

public sealed class AuditChangesTests
{
    private static readonly AuditSource Platform = new("platform", "Sign-in and administration");

    [Fact]
    public void A_change_shows_only_the_fields_that_changed_from_and_to()
    {
        var changes = AuditChanges.Of(Entry(
            before: """{"Name":"Old","IsActive":true,"RevokedAt":null,"Roles":["practitioner"]}""",
            after: """{"Name":"New","IsActive":true,"RevokedAt":"2026-11-22T14:05:09.123+00:00","Roles":["practitioner","agency-lead"]}"""));

        changes.Kind.ShouldBe(AuditChangeKind.Changed);
        changes.Fields.ShouldBe(
        [
            new FieldChange("Name", "Old", "New"),
            new FieldChange("Revoked at", "(empty)", "22 November 2026 14:05"),
            new FieldChange("Roles", "practitioner", "practitioner, agency-lead"),
        ]);
    }

    [Fact]
    public void A_new_record_shows_its_values_and_a_deleted_one_what_it_held()
    {
        var created = AuditChanges.Of(Entry(before: null, after: """{"ExpiresOn":"2027-02-20","IsActive":false}"""));
        var deleted = AuditChanges.Of(Entry(before: """{"Text":"gone"}""", after: null));

        created.Kind.ShouldBe(AuditChangeKind.Values);
        created.Fields.ShouldBe([new FieldChange("Expires on", null, "20 February 2027"), new FieldChange("Is active", null, "No")]);
        deleted.Kind.ShouldBe(AuditChangeKind.Removed);
        deleted.Fields.ShouldBe([new FieldChange("Text", "gone", null)]);
        AuditChanges.AsText(created).ShouldBe("Expires on: 20 February 2027; Is active: No");
    }

    [Fact]
    public void An_event_with_nothing_recorded_has_no_values()
    {
        AuditChanges.Of(Entry(before: null, after: null)).Fields.ShouldBeEmpty();
    }

    private static AuditRecord Entry(string? before, string? after) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, "someone@demo.example", null, "Updated", "Thing", "1", before, after, Platform);
}
