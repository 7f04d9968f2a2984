// One order: dotnet run --project samples/QuickStart -- testdata/orders/vdrp-pleading-2p/input.txt
using CaseStay.Extract;
using CaseStay.Extract.Serialization;

var path = args.Length > 0 ? args[0] : "testdata/orders/vdrp-pleading-2p/input.txt";
var result = await StayOrderExtractor.ExtractFileAsync(path);
if (!result.TryGetValue(out var order))
{
    Console.Error.WriteLine($"{result.Error!.Code}: {result.Error.Message}");
    return 1;
}

Console.WriteLine($"{order.CaseNumber?.Normalized} | {order.Judge?.Name} | {order.Dated:uuuu-MM-dd} | stay: {order.IsStayOrder} ({order.Stay?.Kind})");
foreach (var directive in order.Directives)
{
    Console.WriteLine($"  {directive.Label ?? "-"} {directive.Text}");
}

Console.WriteLine(StayOrderJson.Serialize(result));
return 0;
