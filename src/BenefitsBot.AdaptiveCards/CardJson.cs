using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace BenefitsBot.AdaptiveCards;

/// <summary>The one set of serializer options for cards: camelCase names, nulls omitted, enums as camelCase strings.</summary>
public static class CardJson
{
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // cards travel in JSON bodies, never inline in HTML: keep <at>, & and 中文 readable instead of \uXXXX
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            // cards written by hand or by Teams need not put "type" first
            AllowOutOfOrderMetadataProperties = true,
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false) },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
