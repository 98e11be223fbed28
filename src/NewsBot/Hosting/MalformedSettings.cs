using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace NewsBot.Hosting;

/// <summary>
/// Settings whose value cannot be read as their option's type (<c>NewsBot__MaxFileBytes=abc</c>,
/// <c>NewsBot__WatchArticles=maybe</c>). The configuration binder throws on them with a stack trace;
/// NewsBot stops instead with one line naming each key and its value.
/// </summary>
public static class MalformedSettings
{
    /// <summary>One message per setting of <paramref name="section"/> that <typeparamref name="TOptions"/> cannot take.</summary>
    public static IReadOnlyList<string> Find<TOptions>(IConfigurationSection section)
    {
        var errors = new List<string>();
        foreach (
            var property in typeof(TOptions).GetProperties(
                BindingFlags.Public | BindingFlags.Instance
            )
        )
        {
            var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
            var value = section[property.Name];
            if (!IsScalar(type) || value is null || CanRead(type, value))
            {
                continue;
            }
            errors.Add(
                $"{section.Path}:{property.Name} is '{value}', which is not {Expected(type)}."
            );
        }
        return errors;
    }

    private static bool IsScalar(Type type) =>
        type.IsPrimitive || type.IsEnum || type == typeof(decimal) || type == typeof(TimeSpan);

    /// <summary>The binder converts with the type's converter and the invariant culture; so does this check.</summary>
    private static bool CanRead(Type type, string value)
    {
        // TimeSpan reads a bare number as days ("3" is three days): a duration must be written with colons.
        if (type == typeof(TimeSpan) && !value.Contains(':', StringComparison.Ordinal))
        {
            return false;
        }
        try
        {
            TypeDescriptor
                .GetConverter(type)
                .ConvertFromString(null, CultureInfo.InvariantCulture, value);
            return true;
        }
        catch (Exception e)
            when (e
                    is FormatException
                        or ArgumentException
                        or OverflowException
                        or NotSupportedException
            )
        {
            return false;
        }
    }

    private static string Expected(Type type) =>
        type == typeof(bool) ? "true or false"
        : type.IsEnum ? "one of " + string.Join(", ", Enum.GetNames(type))
        : type == typeof(TimeSpan) ? "a duration such as 00:00:30 (hours:minutes:seconds)"
        : type == typeof(float) || type == typeof(double) || type == typeof(decimal) ? "a number"
        : "a whole number";
}
