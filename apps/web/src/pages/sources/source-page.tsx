export default function Page() {
  return <h1>Source</h1>;
}
