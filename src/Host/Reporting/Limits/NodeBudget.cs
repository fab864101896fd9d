using Microsoft.OData.UriParser;

namespace Partnership.Host.Reporting.Limits;

/// <summary>The size of a parsed expression, so a huge filter is refused before it reaches the database.</summary>
internal static class NodeBudget
{
    public static void Check(QueryNode node, int limit, string option)
    {
        if (Count(node) > limit)
        {
            throw FeedException.Limit($"{option} is too complex: it has more than {limit} parts (MaxFilterNodes).");
        }
    }

    private static int Count(QueryNode node) => node switch
    {
        BinaryOperatorNode binary => 1 + Count(binary.Left) + Count(binary.Right),
        UnaryOperatorNode unary => 1 + Count(unary.Operand),
        ConvertNode convert => Count(convert.Source),
        SingleValueFunctionCallNode function => 1 + function.Parameters.Sum(Count),
        InNode @in => 1 + Count(@in.Left) + (@in.Right is CollectionConstantNode list ? list.Collection.Count : 1),
        AnyNode any => 1 + Count(any.Body),
        AllNode all => 1 + Count(all.Body),
        _ => 1,
    };
}
