export default function Page() {
  return <h1>Sources</h1>;
}
