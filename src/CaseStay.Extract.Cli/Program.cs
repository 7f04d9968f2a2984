using CaseStay.Extract.Cli;

return await Interrupts.RunAsync(args).ConfigureAwait(false);
