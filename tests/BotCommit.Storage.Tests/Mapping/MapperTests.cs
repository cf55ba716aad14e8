using BotCommit.Forecasting.Deals;
using BotCommit.Forecasting.Periods;
using BotCommit.Forecasting.Teams;
using BotCommit.Storage.AzureTables.Deals;
using BotCommit.Storage.AzureTables.Teams;
using BotCommit.Storage.Tests.Contracts;

namespace BotCommit.Storage.Tests.Mapping;

public sealed class MapperTests
{
    [Fact]
    public void ScheduleMapper_WritesDaysAndClocksByName()
    {
        var json = ScheduleMapper.ToJson(WeeklySchedule.Default);

        Assert.Contains("\"nudge\":{\"day\":\"Sunday\",\"time\":\"16:00:00.0000000\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"clock\":\"TeamLocal\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void ScheduleMapper_RoundTripsTheDefault()
    {
        var schedule = ScheduleMapper.FromJson(ScheduleMapper.ToJson(WeeklySchedule.Default), "ScheduleJson");

        Assert.Equal(WeeklySchedule.Default.Reminders, schedule.Reminders);
        Assert.Equal(WeeklySchedule.Default with { Reminders = schedule.Reminders }, schedule);
    }

    [Theory]
    [InlineData("{")]
    [InlineData("null")]
    [InlineData("{\"nudge\":{\"day\":\"Sunday\",\"time\":\"16:00:00.0000000\"}}")]
    [InlineData("{\"nudge\":{\"day\":\"Sonntag\",\"time\":\"16:00:00.0000000\"},\"reminders\":[],\"deadline\":null,\"summary\":null,\"call\":null}")]
    [InlineData("{\"nudge\":{\"day\":\"0\",\"time\":\"16:00:00.0000000\"},\"reminders\":[],\"deadline\":{\"day\":\"Monday\",\"time\":\"07:00:00.0000000\"},\"summary\":{\"day\":\"Monday\",\"time\":\"08:00:00.0000000\"},\"call\":{\"day\":\"Monday\",\"time\":\"09:00:00.0000000\"}}")]
    public void ScheduleMapper_UnreadableJson_IsCorrupt(string json)
    {
        Assert.Throws<InvalidDataException>(() => ScheduleMapper.FromJson(json, "ScheduleJson"));
    }

    [Fact]
    public void TeamSettingsMapper_MissingOptionalColumns_TakeTheDomainDefaults()
    {
        var entity = new TeamSettingsEntity { PartitionKey = "team", RowKey = "t!2F1", FiscalYearStartMonth = 4 };

        var settings = TeamSettingsMapper.ToDomain(entity);

        var defaults = new TeamSettings(TeamId.From("t/1"));
        Assert.Equal(TeamId.From("t/1"), settings.Id);
        Assert.Equal(4, settings.FiscalYearStartMonth);
        Assert.Equal((defaults.TimeZoneId, defaults.Currency, defaults.Culture, defaults.AmountCeiling), (settings.TimeZoneId, settings.Currency, settings.Culture, settings.AmountCeiling));
        Assert.Empty(settings.MonthTargets);
        Assert.Same(WeeklySchedule.Default, settings.Schedule);
    }

    [Fact]
    public void TeamSettingsMapper_StoresSkippedWeeksByIsoName()
    {
        var settings = new TeamSettings(Sample.Team) { SkippedWeeks = new Dictionary<ForecastWeek, string> { [ForecastWeek.Parse("2026-W53")] = "NY" } };

        var entity = TeamSettingsMapper.ToEntity(settings);

        Assert.Equal("{\"2026-W53\":\"NY\"}", entity.SkippedWeeksJson);
    }

    [Theory]
    [InlineData(nameof(DealEntity.Category), "Forecast")]
    [InlineData(nameof(DealEntity.CloseDate), "12/09/2026")]
    [InlineData(nameof(DealEntity.StagePercent), "33")]
    [InlineData(nameof(DealEntity.AmountMinor), null)]
    public void DealColumns_CorruptColumn_IsReportedByName(string column, string? value)
    {
        var entity = new DealEntity();
        DealColumns.Write(Sample.Deal("A"), 0, entity);
        switch (column)
        {
            case nameof(DealEntity.Category): entity.Category = value; break;
            case nameof(DealEntity.CloseDate): entity.CloseDate = value; break;
            case nameof(DealEntity.StagePercent): entity.StagePercent = int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture); break;
            default: entity.AmountMinor = null; break;
        }

        var error = Assert.Throws<InvalidDataException>(() => DealColumns.Read(DealId.From("A"), entity));

        Assert.Contains(column, error.Message, StringComparison.Ordinal);
    }
}
