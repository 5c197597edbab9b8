// The part of async-exit-hook's API the server uses (the package ships no types).
declare module "async-exit-hook" {
  const exitHook: { unhookEvent: (event: string) => void };
  export default exitHook;
}
