export default function Page() {
  return <h1>Person</h1>;
}
