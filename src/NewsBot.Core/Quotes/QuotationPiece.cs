using NewsBot.Core.Text;

namespace NewsBot.Core.Quotes;

/// <summary>The part of a quotation inside one paragraph: its quotation spans there.</summary>
internal sealed record QuotationPiece(ParagraphView View, List<QuoteSpan> Spans);
