export default function Page() {
  return <h1>People</h1>;
}
