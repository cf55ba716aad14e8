using System.Globalization;
using BotCommit.Cards.Admin;

namespace BotCommit.Cards.Tests.Admin;

public sealed class AuditCardTests
{
    [Fact]
    public void Build_Rows_ShowSettingBeforeAfterWhenAndWho()
    {
        var at = new DateTimeOffset(2026, 12, 2, 11, 0, 0, TimeSpan.FromHours(1));
        var rows = new[]
        {
            new AuditRow(at, "Olivia Ops", "Deadline", "Monday 07:00", "Monday 08:00"),
            new AuditRow(at.AddMinutes(-5), "Boris <b>", "Month target 2026-12", null, "1200000"),
        };

        var card = AuditCard.Build("Sales EMEA", rows, CardLocale.English).ToJson();
        string When(DateTimeOffset value) => value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC+01:00";

        AdminCardTexts.AssertWellFormed(card);
        Assert.Equal(
            [
                "Latest settings changes — Sales EMEA",
                "**Deadline**: Monday 07:00 → Monday 08:00",
                $"{When(at)} · Olivia Ops",
                "**Month target 2026\\-12**: — → 1200000",
                $"{When(at.AddMinutes(-5))} · Boris &lt;b&gt;",
            ],
            AdminCardTexts.Of(card));
    }

    [Fact]
    public void Build_NoRows_SaysNothingWasChanged()
    {
        var card = AuditCard.Build("Sales", [], CardLocale.English).ToJson();

        Assert.Contains("No settings changes recorded yet.", AdminCardTexts.Of(card));
    }
}
