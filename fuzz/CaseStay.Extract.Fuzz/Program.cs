using CaseStay.Extract.Fuzz;

return FuzzTarget.Run(args);
