using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace NewsBot.Testing.Json;

/// <summary>
/// Validates JSON against Discord's OpenAPI description (JSON Schema 2020-12 keywords the spec uses).
/// The spec is read from ../shared/discord-api-spec beside the repository, or from the copy in TestData.
/// Two readings are deliberate: <c>oneOf</c> is checked as <c>anyOf</c> (Discord marks its unions
/// <c>x-discord-union</c> and their branches overlap), and an integer may be a string of digits, as Discord
/// writes 64-bit values such as permissions.
/// </summary>
public sealed class OpenApiSchema
{
    private static readonly Lazy<OpenApiSchema> s_discord = new(() =>
        new OpenApiSchema(JsonNode.Parse(File.ReadAllText(SpecPath()))!)
    );
    private readonly JsonNode _spec;

    private OpenApiSchema(JsonNode spec) => _spec = spec;

    public static OpenApiSchema Discord => s_discord.Value;

    public static string SpecPath()
    {
        for (
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            directory is not null;
            directory = directory.Parent
        )
        {
            if (File.Exists(Path.Combine(directory.FullName, "NewsBot.sln")))
            {
                var shared = Path.GetFullPath(
                    Path.Combine(
                        directory.FullName,
                        "..",
                        "shared",
                        "discord-api-spec",
                        "openapi.json"
                    )
                );
                if (File.Exists(shared))
                {
                    return shared;
                }

                break;
            }
        }
        return Path.Combine(
            AppContext.BaseDirectory,
            "TestData",
            "discord-api-spec",
            "openapi.json"
        );
    }

    /// <summary>The JSON request body schema of <paramref name="method"/> <paramref name="path"/>, e.g. ("post", "/interactions/{interaction_id}/{interaction_token}/callback").</summary>
    public JsonNode RequestBody(string method, string path) =>
        _spec["paths"]![path]![method]!["requestBody"]!["content"]!["application/json"]!["schema"]!;

    public JsonNode Component(string name) => _spec["components"]!["schemas"]![name]!;

    public IReadOnlyList<string> Validate(JsonNode? instance, JsonNode schema)
    {
        var errors = new List<string>();
        Check(instance, schema, "$", errors);
        return errors;
    }

    private void Check(JsonNode? node, JsonNode schema, string at, List<string> errors)
    {
        if (schema is not JsonObject s)
        {
            return;
        }

        if (s["$ref"]?.GetValue<string>() is { } reference)
        {
            var name = reference["#/components/schemas/".Length..];
            Check(node, Component(name), at, errors);
        }
        if (s["allOf"] is JsonArray allOf)
        {
            foreach (var part in allOf)
            {
                Check(node, part!, at, errors);
            }
        }

        foreach (var union in new[] { "anyOf", "oneOf" })
        {
            if (s[union] is JsonArray branches)
            {
                var failures = new List<string>();
                var matched = false;
                foreach (var branch in branches)
                {
                    var branchErrors = new List<string>();
                    Check(node, branch!, at, branchErrors);
                    if (branchErrors.Count == 0)
                    {
                        matched = true;
                        break;
                    }
                    failures.AddRange(branchErrors);
                }
                if (!matched)
                {
                    errors.Add(
                        $"{at}: matches no branch of {union} ({string.Join("; ", failures.Take(4))})"
                    );
                }
            }
        }
        if (s["type"] is { } type)
        {
            var types = type is JsonArray array
                ? array.Select(t => t!.GetValue<string>()).ToList()
                : [type.GetValue<string>()];
            if (!types.Any(t => IsType(node, t)))
            {
                errors.Add($"{at}: expected {string.Join("|", types)}, got {Describe(node)}");
                return;
            }
        }
        if (s["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, node)))
        {
            errors.Add($"{at}: {node?.ToJsonString()} is not one of {values.ToJsonString()}");
        }

        if (s["const"] is { } constant && !JsonNode.DeepEquals(constant, node))
        {
            errors.Add($"{at}: {node?.ToJsonString()} is not {constant.ToJsonString()}");
        }

        switch (node)
        {
            case JsonValue value when value.TryGetValue<string>(out var text):
                var length = text.EnumerateRunes().Count();
                if (s["maxLength"] is { } max && length > max.GetValue<int>())
                {
                    errors.Add($"{at}: {length} characters, more than {max}");
                }

                if (s["minLength"] is { } min && length < min.GetValue<int>())
                {
                    errors.Add($"{at}: {length} characters, fewer than {min}");
                }

                if (
                    s["pattern"]?.GetValue<string>() is { } pattern
                    && !Regex.IsMatch(text, pattern)
                )
                {
                    errors.Add($"{at}: '{text}' does not match {pattern}");
                }

                break;
            case JsonValue number when number.TryGetValue<double>(out var d):
                if (s["maximum"] is { } maximum && d > maximum.GetValue<double>())
                {
                    errors.Add($"{at}: {d} above {maximum}");
                }

                if (s["minimum"] is { } minimum && d < minimum.GetValue<double>())
                {
                    errors.Add($"{at}: {d} below {minimum}");
                }

                break;
            case JsonArray items:
                if (s["maxItems"] is { } maxItems && items.Count > maxItems.GetValue<int>())
                {
                    errors.Add($"{at}: {items.Count} items, more than {maxItems}");
                }

                if (s["minItems"] is { } minItems && items.Count < minItems.GetValue<int>())
                {
                    errors.Add($"{at}: {items.Count} items, fewer than {minItems}");
                }

                if (s["items"] is { } itemSchema)
                {
                    for (var i = 0; i < items.Count; i++)
                    {
                        Check(items[i], itemSchema, $"{at}[{i}]", errors);
                    }
                }

                break;
            case JsonObject obj:
                if (s["required"] is JsonArray required)
                {
                    foreach (var name in required.Select(r => r!.GetValue<string>()))
                    {
                        if (!obj.ContainsKey(name))
                        {
                            errors.Add($"{at}: missing required '{name}'");
                        }
                    }
                }

                var properties = s["properties"] as JsonObject;
                foreach (var (name, child) in obj)
                {
                    if (properties?[name] is { } propertySchema)
                    {
                        Check(child, propertySchema, $"{at}.{name}", errors);
                    }
                    else if (s["additionalProperties"] is JsonObject additional)
                    {
                        Check(child, additional, $"{at}.{name}", errors);
                    }
                    else if (
                        s["additionalProperties"] is JsonValue allowed
                        && !allowed.GetValue<bool>()
                    )
                    {
                        errors.Add($"{at}: unexpected property '{name}'");
                    }
                }
                if (
                    s["maxProperties"] is { } maxProperties
                    && obj.Count > maxProperties.GetValue<int>()
                )
                {
                    errors.Add($"{at}: more than {maxProperties} properties");
                }

                break;
            default:
                // true, false and null carry no bounds of their own: "enum" and "const" above check them.
                break;
        }
    }

    private static bool IsType(JsonNode? node, string type) =>
        type switch
        {
            "null" => node is null,
            "object" => node is JsonObject,
            "array" => node is JsonArray,
            "boolean" => node is JsonValue b && b.TryGetValue<bool>(out _),
            "string" => node is JsonValue s && s.TryGetValue<string>(out _),
            "number" => node is JsonValue n && n.TryGetValue<double>(out _),
            "integer" => node is JsonValue i
                && (
                    (i.TryGetValue<double>(out var d) && Math.Abs(d % 1) < double.Epsilon)
                    || (
                        i.TryGetValue<string>(out var digits)
                        && digits.Length > 0
                        && digits.All(char.IsAsciiDigit)
                    )
                ),
            _ => true,
        };

    private static string Describe(JsonNode? node) =>
        node is null ? "null" : node.GetValueKind().ToString();
}
