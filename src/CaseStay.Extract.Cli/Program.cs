using CaseStay.Extract.Cli;

return args is [WorkerMode.Command] ? await WorkerMode.RunAsync().ConfigureAwait(false) : await Interrupts.RunAsync(args).ConfigureAwait(false);
