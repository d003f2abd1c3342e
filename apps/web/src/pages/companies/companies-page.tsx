export default function Page() {
  return <h1>Companies</h1>;
}
