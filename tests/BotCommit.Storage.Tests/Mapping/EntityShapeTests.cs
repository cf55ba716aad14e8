using System.Reflection;
using Azure.Data.Tables;
using BotCommit.Storage.AzureTables;

namespace BotCommit.Storage.Tests.Mapping;

public sealed class EntityShapeTests
{
    /// <summary>Types the SDK stores wrongly or not at all: decimal comes back 0, TimeSpan is lost, uint/ulong throw.</summary>
    private static readonly Type[] s_unsafe =
        [typeof(decimal), typeof(TimeSpan), typeof(uint), typeof(ulong), typeof(ushort), typeof(sbyte), typeof(float), typeof(double), typeof(DateTime)];

    private static IEnumerable<Type> EntityTypes() =>
        typeof(AzureTablesStorage).Assembly.GetTypes().Where(t => typeof(ITableEntity).IsAssignableFrom(t) && !t.IsInterface);

    public static TheoryData<Type> Entities() => new(EntityTypes());

    [Fact]
    public void Entities_AreFound()
    {
        var count = EntityTypes().Count();

        Assert.Equal(14, count); // OrgNode, CallSubmission, CallRecord (issue #17); TeamErasure (issue #15); MonthlyForecast (issue #18)
    }

    [Theory]
    [MemberData(nameof(Entities))]
    public void Entity_HasOnlyPropertyTypesTheSdkRoundTrips(Type entity)
    {
        var properties = entity.GetProperties(BindingFlags.Public | BindingFlags.Instance);

        var offenders = properties.Where(p => s_unsafe.Contains(Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType)).Select(p => p.Name);

        Assert.Empty(offenders);
        Assert.False(entity.IsPublic, "Table entities are internal.");
    }
}
