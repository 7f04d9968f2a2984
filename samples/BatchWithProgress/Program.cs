// A folder with progress and Ctrl+C: dotnet run --project samples/BatchWithProgress -- testdata/orders
using CaseStay.Extract;
using CaseStay.Extract.Serialization;

var folder = args.Length > 0 ? args[0] : "testdata/orders";
var paths = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
    .Where(p => p.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
    .Order(StringComparer.Ordinal)
    .ToList();
var options = BatchOptions.Default with { MaxParallelism = Environment.ProcessorCount, PerFileTimeout = TimeSpan.FromMinutes(2) };
var progress = new Progress<BatchProgress>(p => Console.Error.Write($"\r{p.Completed}/{p.Total} files, {p.Failed} failed, {p.PagesOcred} pages OCR'd"));
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancel.Cancel();
};

var stays = 0;
try
{
    await foreach (var result in StayOrderBatch.ExtractAllAsync(paths, options, progress, cancel.Token))
    {
        stays += result.Order?.IsStayOrder == true ? 1 : 0;
        Console.WriteLine(StayOrderJson.Serialize(result, indented: false));
    }
}
catch (OperationCanceledException)
{
    Console.Error.WriteLine("\ncancelled: the records written are the files that finished");
    return 130;
}

Console.Error.WriteLine($"\n{paths.Count} files, {stays} stay orders");
return 0;
